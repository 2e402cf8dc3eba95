"""Draw the app's PNG icons (the web app manifest's 192 and 512 px, maskable) into a folder.

The same picture as static/icons/icon.svg: a page with three lines on the diary's dark blue.
Usage: python scripts/make_icons.py OUTPUT_DIR
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw

BLUE = (29, 53, 87)
WHITE = (255, 255, 255)


def draw(size: int) -> Image.Image:
    # Full-bleed background: maskable icons are cropped to a circle by some launchers, so the
    # page stays inside the middle 80%.
    image = Image.new("RGB", (size, size), BLUE)
    pen = ImageDraw.Draw(image)
    unit = size / 64
    pen.rounded_rectangle((19 * unit, 14 * unit, 45 * unit, 50 * unit), radius=4 * unit, fill=WHITE)
    for y, end in ((24, 39), (32, 39), (40, 33)):
        pen.line((25 * unit, y * unit, end * unit, y * unit), fill=BLUE, width=round(3.5 * unit))
    return image


def main(output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw(size).save(output / f"icon-{size}.png", optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
