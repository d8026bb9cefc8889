"""Pages of the participation app: the back office (consultations, messages) and the public side."""
