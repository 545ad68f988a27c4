"""Printed documents (ReportLab) drawn from the plain dataclasses of asn_desktop.domain.

Knows nothing of the database, the services or Qt: a document is data in, PDF bytes out.
"""
