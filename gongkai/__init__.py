"""Gongkai: government information disclosure platform."""
