"""Shared pytest setup: markers."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "linearity: time grows linearly with adversarial input sizes (fast)")
