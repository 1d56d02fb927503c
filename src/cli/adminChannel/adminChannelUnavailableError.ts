import path from 'node:path';

/** The admin channel: a Unix domain socket in the data folder, mode 0600, so only the folder's OS user reaches it. */
export function adminSocketPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'admin.sock');
}

type AdminCommandName =
  'open311-key-create' | 'user-create' | 'import-traffy' | 'sweep' | 'audit-verify' | 'audit-anchor' | 'backup' | 'restore';

/** Where else the same thing can be done when neither the folder nor the server's channel is open to this command. */
const browserPages: Partial<Record<AdminCommandName, string>> = {
  'open311-key-create': '/admin/open311-keys',
};

/**
 * The data folder is held by a server whose admin channel this process cannot use. The message
 * says why and what to do, Thai then English, as the CLI's other refusals.
 */
export class AdminChannelUnavailableError extends Error {
  constructor(dataDir: string, command: AdminCommandName, reason: 'absent' | 'forbidden' | 'refused') {
    const socket = adminSocketPath(dataDir);
    const page = browserPages[command];
    const why = {
      forbidden: {
        th: `ช่องทางผู้ดูแลระบบ ${socket} เป็นของผู้ใช้ระบบปฏิบัติการที่รันเซิร์ฟเวอร์ โปรดสั่งคำสั่งนี้ในนามผู้ใช้นั้น (เช่น sudo -u <ผู้ใช้> tidtam ...)`,
        en: `the server's admin channel ${socket} belongs to the OS user who runs the server: run this command as that user (e.g. sudo -u <user> tidtam ...)`,
      },
      absent: {
        th: `เซิร์ฟเวอร์ไม่ได้เปิดช่องทางผู้ดูแลระบบ ${socket} (รุ่นเก่า หรือเส้นทางโฟลเดอร์ยาวเกินไป)`,
        en: `the server has no admin channel at ${socket} (an older version, or a data folder path too long for a socket)`,
      },
      refused: {
        th: `ช่องทางผู้ดูแลระบบ ${socket} ไม่ตอบ`,
        en: `the server's admin channel ${socket} does not answer`,
      },
    }[reason];
    super(
      `โฟลเดอร์ข้อมูล ${dataDir} กำลังถูกใช้โดยเซิร์ฟเวอร์ Tidtam และ${why.th} หรือหยุดเซิร์ฟเวอร์แล้วสั่งอีกครั้ง` +
        `${page ? ` หรือทำรายการนี้ในเบราว์เซอร์ที่หน้า ${page}` : ''}\n` +
        `The data folder ${dataDir} is in use by the Tidtam server, and ${why.en}; or stop the server and run the command again` +
        `${page ? `; or do it in the browser at ${page}` : ''}.`,
    );
    this.name = 'AdminChannelUnavailableError';
  }
}
