"""The ``banli`` command.

Each stage owns its subcommands in its own ``cli.py`` module, and the commands that cross
stages (crawl with ``--replica``, check, nightly) live in the orchestration modules of this
package; each exposes a ``commands`` list. This group only gathers them, so stages stay
independent and the heavy imports of one stage never slow down another's commands.
"""

import importlib

import click

# The orchestration layer's commands (crawl, check, sources, nightly: they cross stages), then each stage's.
COMMAND_MODULES = ("banli.crawl", "banli.nightly", "normalize.cli", "publish.cli", "replica.cli", "archive.cli")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="banli")
def main():
    """Collect, normalize and publish how Chinese bureaus handled NPC suggestions and CPPCC proposals."""


def _register_stage_commands():
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        for command in getattr(module, "commands", []):
            main.add_command(command)


_register_stage_commands()
