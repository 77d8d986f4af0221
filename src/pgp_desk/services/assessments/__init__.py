"""Assessments: recording, rules, progress, reports and questionnaires."""
