"""Pages of the portal: the public column and the office pages for its guide, rules and reports."""
