-- Service levels for the delivery kinds the foundation left without one at urgent priority, and for
-- parliamentary questions: the answering ministry must take up a question within 3 days (the
-- House gives it 15 to answer), or it is escalated to the delivery unit.
insert into service_levels (case_kind, priority, name_th, name_en, remind_after_hours, acknowledge_hours, resolve_hours,
                            escalate_every_hours, max_escalation_levels, final_unit_code) values
  ('policy', 'urgent', 'นโยบายด่วนที่สุด: รับทราบใน 3 วัน', 'Urgent policy: acknowledge within 3 days', 24, 72, null, 72, 2, 'PMDU'),
  ('cabinet_resolution', 'urgent', 'มติ ครม. ด่วนที่สุด: รับทราบใน 1 วัน', 'Urgent cabinet resolution: acknowledge within 1 day', 12, 24, null, 48, 2, 'PMDU'),
  ('parliamentary_question', null, 'กระทู้ถาม: กระทรวงรับเรื่องใน 3 วัน', 'Parliamentary question: the ministry takes it up within 3 days',
    48, 72, null, 72, 1, 'PMDU');
