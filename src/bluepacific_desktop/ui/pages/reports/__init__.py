"""The Reports screen: the four reports previewed, printed, saved as PDF or CSV; imports."""

from bluepacific_desktop.ui.pages.reports.page import ReportsPage
from bluepacific_desktop.ui.pages.reports.printing import print_report

__all__ = ["ReportsPage", "print_report"]
