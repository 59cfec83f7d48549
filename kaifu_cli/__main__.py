"""``python -m kaifu_cli`` runs the same CLI as ``kaifu``."""

from .cli import main

main()
