'use strict';

const { stringify } = require('csv-stringify/sync');

const HEADER = [
  '## RECSRecommendations Upload File',
  '## RECS\'## RECS\' indicates a Recommendations pre-process header. Please do not remove these lines.',
  '## RECS',
  '## RECSentity.id,entity.name,entity.categoryId,entity.message,entity.thumbnailUrl,entity.value,entity.pageUrl,entity.inventory,entity.margin,entity.brand',
];

function toRow(p) {
  return [
    p.sku,
    p.title,
    p.categories.join(':'),
    p.badge || '',
    p.imageUrl,
    p.price.toFixed(2),
    p.url,
    p.inventory,
    p.marginBand,
    p.brand,
  ];
}

function buildCatalog(products) {
  return HEADER.join('\n') + '\n' + stringify(products.filter((p) => p.active).map(toRow));
}

module.exports = { buildCatalog };
