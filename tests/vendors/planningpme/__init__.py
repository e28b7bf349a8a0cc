"""Vendor-specific tests."""
