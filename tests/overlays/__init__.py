"""Tests of the hand-written overlay modules."""
