"""The demo-data generator: a believable Bandung agency with employees and their careers.

A client of the services like any other: it writes only through the bulk path
(services.bulk), as the signed-in user, so the demo's records carry the same stamps and
audit entries as records a clerk or an import creates.
"""

from asn_desktop.demo.writer import DemoCancelled, DemoSummary, generate_demo

__all__ = ["DemoCancelled", "DemoSummary", "generate_demo"]
