-- Chargebee's subscription statuses in the library's vocabulary (which was
-- Stripe's): `in_trial` is `trialing`, `cancelled` is `canceled`, `paused` and
-- `active` are themselves, `non_renewing` is `active` with
-- cancel_at_period_end (it ends at the end of its term), but `future` (a
-- subscription whose start date is still ahead) has no equivalent: rather
-- than store it as something it is not, the vocabulary gains `future`.
-- Down: refused while a subscription is `future` (the CHECK would fail), so no
-- status is ever rewritten.

-- Up Migration

ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_status_check CHECK (status IN (
  'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused', 'future'));

-- Down Migration

ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_status_check CHECK (status IN (
  'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'));
