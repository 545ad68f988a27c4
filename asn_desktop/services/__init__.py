"""Use cases. Each public method is one transaction; every write of the program passes here.

Validation goes through asn_desktop.domain; the change counters for the exchange are kept
here. Callers (ui/, cli.py) receive plain dataclasses, never ORM objects or sessions.
"""
