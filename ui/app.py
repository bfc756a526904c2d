"""Starting the desktop app."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Guardian")
    window.setCentralWidget(QLabel(QApplication.translate("App", "Guardian")))
    window.resize(960, 640)
    window.show()
    return app.exec()
