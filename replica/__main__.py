from replica.cli import replica

replica(prog_name="python -m replica")
