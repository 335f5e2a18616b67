-- One durable booking insert (latency at a fixed offered rate).
\set r random(1, 40)
\set slot random(1, 2000000000)
SELECT book(:r, :slot);
