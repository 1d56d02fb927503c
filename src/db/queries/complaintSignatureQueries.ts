import { textSignatureHex } from '../../domain/complaints/textSignature.ts';
import type { Database } from '../database.ts';

/**
 * Signs complaints filed before text signatures existed (migration
 * 20261204190000), a thousand at a time, so that they are found as likely
 * duplicates again. Returns how many it signed; 0 at once when none is left
 * (an index holds exactly the unsigned ones).
 */
export async function signUnsignedComplaints(db: Database): Promise<number> {
  let signed = 0;
  for (;;) {
    const batch = await db.query<{ case_id: string; title: string; body: string }>(
      `select k.case_id, c.title, c.body from complaints k join cases c on c.id = k.case_id
        where k.text_signature is null limit 1000`,
    );
    if (batch.rows.length === 0) return signed;
    const signatures = batch.rows.map((row) => ({ case_id: row.case_id, signature: textSignatureHex(`${row.title} ${row.body}`) }));
    await db.query(
      `update complaints k set text_signature = ('x' || s.signature)::bit(2048)
         from jsonb_to_recordset($1::jsonb) as s(case_id uuid, signature text)
        where k.case_id = s.case_id`,
      [JSON.stringify(signatures)],
    );
    signed += batch.rows.length;
  }
}
