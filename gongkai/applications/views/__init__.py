"""Pages of the applications app: cases, letters, lists, imports, settings, the public side."""
