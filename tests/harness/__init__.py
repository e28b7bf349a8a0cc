"""The generic harness every registered API gets: spec validity, Prism contract, schema round-trips, wheels."""
