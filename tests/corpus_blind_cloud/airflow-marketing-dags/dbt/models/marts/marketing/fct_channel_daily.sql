select
    visit_date,
    marketing_channel,
    sum(visits) as visits,
    sum(orders) as orders,
    div0(sum(orders), sum(visits)) as conversion_rate
from {{ ref('stg_aa_marketing_channel') }}
group by 1, 2
