"""Pages of the publishing app: back office (items, catalog, lists) and the public side."""
