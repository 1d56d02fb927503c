-- SMS to complainants who gave only a phone number (issue 13, item 3): most 1111 callers. The
-- message goes out through an HTTP SMS gateway (SMS_GATEWAY_URL); the recipient is the number in
-- E.164 (+66...), like the e-mail address or LINE id beside it in this table.
alter table outbox drop constraint outbox_channel_check;
alter table outbox add constraint outbox_channel_check check (channel in ('email', 'line', 'sms'));
