"""The applications app's commands."""
