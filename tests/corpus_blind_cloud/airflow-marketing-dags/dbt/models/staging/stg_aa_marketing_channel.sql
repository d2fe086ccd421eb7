select
    to_date(day)                      as visit_date,
    lower(marketing_channel)          as marketing_channel,
    visits::number                    as visits,
    orders::number                    as orders
from {{ source('raw', 'aa_marketing_channel') }}
