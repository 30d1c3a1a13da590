-- period_due(p): the day period p's forms are due. The period's row in submission_deadline when
-- the district set one (e.g. 春节顺延), else the configured day of the following month
-- (reporting_calendar, from doudi.deadline.day-of-next-month), or that month's last day when it is
-- shorter. The findings, the district report, the 催报 mails and the pages all read this one rule.
CREATE OR REPLACE MACRO period_due(p) AS
    coalesce(
        (SELECT d.due_date FROM submission_deadline d WHERE d.period = p),
        least(
            (strptime(p || '-01', '%Y-%m-%d') + INTERVAL 1 MONTH)::DATE
                + ((SELECT day_of_next_month FROM reporting_calendar) - 1),
            last_day((strptime(p || '-01', '%Y-%m-%d') + INTERVAL 1 MONTH)::DATE)));

-- period_status_on(today): one row per period from the campaign's start (or the first period with
-- a form, if earlier) to today's month: its due date, how many streets have a form in street_report
-- (a returned form does not count), and whether the period is complete, i.e. every street has
-- reported or the deadline has passed. A period that is not complete is still being filed: its
-- figures grow day by day, so pages and reports default to the latest complete period, say
-- 已报送 3/10 街镇 for one still being filed, and compare only complete periods.
CREATE OR REPLACE MACRO period_status_on(today) AS TABLE
WITH months AS (
    SELECT strftime(m, '%Y-%m') AS period
    FROM generate_series(
        strptime(least(
            (SELECT campaign_start FROM reporting_calendar),
            coalesce((SELECT min(period) FROM street_report), '9999-12')) || '-01', '%Y-%m-%d'),
        date_trunc('month', CAST(today AS DATE)),
        INTERVAL 1 MONTH) t(m)
    UNION
    SELECT period FROM street_report WHERE period <= strftime(CAST(today AS DATE), '%Y-%m')
),
reported AS (
    SELECT period, count(*) AS streets_reported FROM street_report GROUP BY period
),
status AS (
    SELECT
        m.period,
        period_due(m.period) AS due_date,
        coalesce(r.streets_reported, 0)::INTEGER AS streets_reported,
        (SELECT count(*) FROM street)::INTEGER AS streets_total
    FROM months m
    LEFT JOIN reported r USING (period)
)
SELECT
    period,
    due_date,
    streets_reported,
    streets_total,
    streets_reported >= streets_total AS all_reported,
    (streets_reported >= streets_total OR due_date < CAST(today AS DATE)) AS complete
FROM status
ORDER BY period;

-- period_status: period_status_on as of today (Asia/Shanghai, the warehouse's time zone).
CREATE OR REPLACE VIEW period_status AS
SELECT * FROM period_status_on(current_date);
