"""The regional figures of the hub (issue 14, page 3): every country's records read in SQL,
as tables to show, export (CSV, XLSX) and draw (SVG)."""
