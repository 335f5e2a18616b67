-- 8 clients booking; one in ten asks for a slot that is already taken (as Atrium's writers do).
\set r random(1, 40)
\set c random(1, 100)
\if :c <= 10
\set slot 0
\else
\set slot random(1, 2000000000)
\endif
SELECT book(:r, :slot);
