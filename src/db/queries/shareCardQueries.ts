import type { CaseKind } from '../../domain/cases/caseKinds.ts';
import type { Queryable } from '../database.ts';

export interface ShareCardRow {
  card_key: string;
  figures_hash: string;
  png: Uint8Array;
  rendered_at: Date;
}

/** The stored card of a key, whatever figures it was drawn from (the caller compares the hash). */
export async function findShareCard(db: Queryable, cardKey: string): Promise<ShareCardRow | undefined> {
  const result = await db.query<ShareCardRow>('select card_key, figures_hash, png, rendered_at from share_cards where card_key = $1', [
    cardKey,
  ]);
  return result.rows[0];
}

/** Stores a card drawn from newer figures in place of the old one (one row per key). */
export async function saveShareCard(db: Queryable, row: ShareCardRow): Promise<void> {
  await db.query(
    `insert into share_cards (card_key, figures_hash, png, rendered_at) values ($1, $2, $3, $4)
     on conflict (card_key) do update
       set figures_hash = excluded.figures_hash, png = excluded.png, rendered_at = excluded.rendered_at`,
    [row.card_key, row.figures_hash, row.png, row.rendered_at],
  );
}

export interface PublishedCaseRow {
  id: string;
  ref: string;
  kind: CaseKind;
  title: string;
  status: string;
  owner_name_th: string;
  owner_name_en: string | null;
  published_at: Date;
  /** The latest of the case's own change and its latest measurement: when its published figures last moved. */
  last_update: Date;
}

/**
 * A delivery case (policy, directive, resolution...) its owner has published and not withdrawn;
 * complaints are never a policy card, and an unpublished case is not found.
 */
export async function findPublishedDeliveryCase(db: Queryable, id: string): Promise<PublishedCaseRow | undefined> {
  const result = await db.query<PublishedCaseRow>(
    `select c.id, c.ref, c.kind, c.title, c.status, u.name_th as owner_name_th, u.name_en as owner_name_en, c.published_at,
            greatest(c.updated_at, (select max(m.recorded_at) from indicator_measurements m
                                      join indicators i on i.id = m.indicator_id where i.case_id = c.id)) as last_update
       from cases c join units u on u.id = c.owner_unit_id
      where c.id = $1 and c.published_at is not null and c.kind <> 'complaint'`,
    [id],
  );
  return result.rows[0];
}
