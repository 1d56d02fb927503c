import { readFileSync } from 'node:fs';
import { parseTraffyExport } from '../main/src/domain/complaints/traffy/parseTraffyExport.ts';
const a = parseTraffyExport(readFileSync('/work/main/reference-data/complaints/traffy-bangkok-2023-05-11.csv')).rows;
const b = parseTraffyExport(readFileSync('/work/main/reference-data/complaints/traffy-bangkok-2023-05-11-to-17.csv')).rows;
const all=[...a,...b].sort((x,y)=>x.timestamp.getTime()-y.timestamp.getTime());
console.log(a.length,b.length, all[0].timestamp, all.at(-1).timestamp, a.at(-1)?.timestamp);
const counts=new Map<string,number>(); let unl=0, multi=0;
for(const r of all){ if(!r.codes.length) unl++; if(r.codes.length>1) multi++; for(const c of r.codes) counts.set(c,(counts.get(c)??0)+1);}
console.log({unl,multi}, [...counts].sort((x,y)=>y[1]-x[1]));
