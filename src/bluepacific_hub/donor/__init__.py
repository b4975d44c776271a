"""The donor pack: one PDF of a quarter, the region's totals then a page per country."""
