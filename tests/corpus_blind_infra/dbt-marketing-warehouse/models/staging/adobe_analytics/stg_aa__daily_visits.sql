with source as (
    select * from {{ source('adobe_analytics', 'daily_report') }}
)
select
    report_suite_id                as rsid,
    to_date(day)                   as visit_date,
    visits::number                 as visits,
    orders::number                 as orders
from source
