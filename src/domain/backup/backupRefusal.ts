/**
 * Why a backup or restore stops: one line, Thai then English, and nothing half-written (the
 * restore's one transaction rolls back). The CLI prints it and exits with status 2.
 */
export class BackupRefusal extends Error {
  readonly th: string;

  constructor(th: string, en: string) {
    super(en);
    this.name = 'BackupRefusal';
    this.th = th;
  }

  static unreadable(file: string, why: string): BackupRefusal {
    return new BackupRefusal(`อ่านไฟล์สำรองข้อมูล ${file} ไม่ได้ (${why})`, `Cannot read the backup file ${file} (${why}).`);
  }

  static unwritable(file: string, why: string): BackupRefusal {
    return new BackupRefusal(`เขียนไฟล์สำรองข้อมูล ${file} ไม่ได้ (${why})`, `Cannot write the backup file ${file} (${why}).`);
  }

  static notABackup(): BackupRefusal {
    return new BackupRefusal('ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของ Tidtam', 'This file is not a Tidtam backup.');
  }

  static corrupt(detail: string): BackupRefusal {
    return new BackupRefusal(
      `ไฟล์สำรองข้อมูลเสียหาย (${detail}) ไม่ได้กู้คืนข้อมูลใดเลย`,
      `The backup file is damaged (${detail}); nothing was restored.`,
    );
  }

  static newer(unknown: readonly string[]): BackupRefusal {
    const list = unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    return new BackupRefusal(
      `ไฟล์สำรองข้อมูลนี้มาจาก Tidtam รุ่นที่ใหม่กว่า (${list}) โปรดปรับรุ่น Tidtam ก่อนกู้คืน`,
      `This backup comes from a newer Tidtam (${list}); upgrade Tidtam before restoring it.`,
    );
  }

  static notEmpty(tables: readonly string[]): BackupRefusal {
    const list = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', ...' : '');
    return new BackupRefusal(
      `ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว (${list}) หากต้องการแทนที่ทั้งหมด ให้สั่งอีกครั้งพร้อม --replace`,
      `The target database already holds data (${list}); to replace all of it, run the restore again with --replace.`,
    );
  }

  static mismatch(table: string): BackupRefusal {
    return new BackupRefusal(
      `ข้อมูลตาราง ${table} ที่กู้คืนไม่ตรงกับค่าตรวจสอบในไฟล์สำรอง จึงยกเลิกการกู้คืนทั้งหมด`,
      `The restored rows of ${table} do not match the backup's checksum; the whole restore was rolled back.`,
    );
  }
}
