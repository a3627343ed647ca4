"""Build the region map's outlines from Natural Earth (public domain), once.

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python scripts/build_region_map.py /tmp/package/countries-50m.json

Reads the TopoJSON of the `world-atlas` npm package, decodes its arcs, projects Central Asia and its
neighbours with an Albers equal-area conic, clips them to the view box and writes
static/map/central-asia.json: the view box and one SVG path per country keyed by ISO 3166-1 alpha-2
code. The `region_map` template tag reads that file and draws the map as inline SVG, so each country
can link to its page and be shaded by its number of articles. No Django, no third-party packages.
"""

import argparse
import json
import math
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "static" / "map" / "central-asia.json"

# ISO 3166-1 numeric (TopoJSON ids) -> alpha-2 (Country.iso_code), for what the view box shows.
CENTRAL_ASIA = {"398": "KZ", "417": "KG", "762": "TJ", "795": "TM", "860": "UZ"}
NEIGHBOURS = {
    "004": "AF",
    "156": "CN",
    "643": "RU",
    "364": "IR",
    "586": "PK",
    "031": "AZ",
    "496": "MN",
    "356": "IN",
    "051": "AM",
    "268": "GE",
    "792": "TR",
}

# Neighbours that show only a sliver in the view box: drawn, but not labelled.
UNLABELLED = {"AZ", "IN", "MN"}
# Water bodies named on the map: (name, longitude, latitude).
WATER_LABELS = [("Caspian Sea", 50.6, 41.6)]

# Albers equal-area conic tuned to the region: little distortion between the parallels.
PARALLELS = (38.0, 50.0)
ORIGIN = (67.0, 44.0)  # longitude, latitude at the centre of the view
WIDTH = 800  # view box width in SVG units; the height follows from the region's shape
PADDING = 0.06  # share of the Central Asian extent left around it on each side
TOLERANCE = 0.35  # Douglas-Peucker tolerance in SVG units: invisible at map size, halves the file


def decode_arcs(topology):
    """Absolute (longitude, latitude) points of each arc of a quantized topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """Join a ring's arcs; a negative index ~i means arc i reversed."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry, arcs):
    if geometry["type"] == "Polygon":
        return [[ring_points(ring, arcs) for ring in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring_points(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]]
    return []


def albers(parallels, origin):
    phi1, phi2 = (math.radians(p) for p in parallels)
    lambda0, phi0 = (math.radians(o) for o in origin)
    n = (math.sin(phi1) + math.sin(phi2)) / 2
    c = math.cos(phi1) ** 2 + 2 * n * math.sin(phi1)
    rho0 = math.sqrt(c - 2 * n * math.sin(phi0)) / n

    def project(lon, lat):
        theta = n * (math.radians(lon) - lambda0)
        rho = math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
        return rho * math.sin(theta), -(rho0 - rho * math.cos(theta))  # SVG's y grows downwards

    return project


def clip(ring, xmin, ymin, xmax, ymax):
    """Sutherland-Hodgman: the part of a ring inside an axis-aligned rectangle."""
    edges = [
        (lambda p: p[0] >= xmin, lambda p, q: _cross_x(p, q, xmin)),
        (lambda p: p[0] <= xmax, lambda p, q: _cross_x(p, q, xmax)),
        (lambda p: p[1] >= ymin, lambda p, q: _cross_y(p, q, ymin)),
        (lambda p: p[1] <= ymax, lambda p, q: _cross_y(p, q, ymax)),
    ]
    for inside, cross in edges:
        if not ring:
            break
        points, ring = ring, []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    ring.append(cross(previous, point))
                ring.append(point)
            elif inside(previous):
                ring.append(cross(previous, point))
            previous = point
    return ring


def _cross_x(p, q, x):
    t = (x - p[0]) / (q[0] - p[0])
    return x, p[1] + t * (q[1] - p[1])


def _cross_y(p, q, y):
    t = (y - p[1]) / (q[1] - p[1])
    return p[0] + t * (q[0] - p[0]), y


def simplify(points, tolerance):
    """Douglas-Peucker, iterative, keeping the first and last points."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                d = math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def area_and_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if not area:
        return 0.0, ring[0]
    return abs(area), (cx / (6 * area), cy / (6 * area))


def path_data(rings):
    parts = []
    for ring in rings:
        points = []
        for x, y in ring:
            point = (round(x, 1), round(y, 1))
            if not points or point != points[-1]:
                points.append(point)
        if len(points) >= 3:
            first, *rest = points
            parts.append(
                f"M{first[0]:g},{first[1]:g}L" + " ".join(f"{x:g},{y:g}" for x, y in rest) + "Z"
            )
    return "".join(parts)


def build(topology):
    arcs = decode_arcs(topology)
    project = albers(PARALLELS, ORIGIN)
    wanted = {**CENTRAL_ASIA, **NEIGHBOURS}
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso = wanted.get(geometry.get("id"))
        if iso:
            shapes[iso] = {
                "name": geometry["properties"]["name"],
                "polygons": [
                    [[project(lon, lat) for lon, lat in ring] for ring in polygon]
                    for polygon in polygons(geometry, arcs)
                ],
            }

    # The view box: the five republics with a margin, scaled to WIDTH.
    core = [
        point
        for iso in CENTRAL_ASIA.values()
        for polygon in shapes[iso]["polygons"]
        for ring in polygon
        for point in ring
    ]
    xs, ys = [p[0] for p in core], [p[1] for p in core]
    pad = PADDING * (max(xs) - min(xs))
    x0, y0 = min(xs) - pad, min(ys) - pad
    scale = WIDTH / (max(xs) - min(xs) + 2 * pad)
    height = round((max(ys) - min(ys) + 2 * pad) * scale)

    def fit(shape_polygons):
        """Scale, clip and simplify rings; also return the centroid of the largest one."""
        rings, largest = [], (0.0, None)
        for polygon in shape_polygons:
            for ring in polygon:
                scaled = [((x - x0) * scale, (y - y0) * scale) for x, y in ring]
                clipped = clip(scaled, -4, -4, WIDTH + 4, height + 4)
                clipped = simplify(clipped + clipped[:1], TOLERANCE)[:-1] if clipped else []
                if len(clipped) < 3:
                    continue
                rings.append(clipped)
                area, centroid = area_and_centroid(clipped)
                if area > largest[0]:
                    largest = (area, centroid)
        return rings, largest[1]

    # All land, drawn underneath: fills disputed areas that belong to no country in the data.
    land = [
        [[project(lon, lat) for lon, lat in ring] for ring in polygon]
        for geometry in topology["objects"]["land"]["geometries"]
        for polygon in polygons(geometry, arcs)
    ]
    countries = []
    for iso, shape in shapes.items():
        rings, centroid = fit(shape["polygons"])
        if rings:
            countries.append(
                {
                    "iso": iso,
                    "name": shape["name"],
                    "central_asian": iso in CENTRAL_ASIA.values(),
                    "label": None if iso in UNLABELLED else [round(c) for c in centroid],
                    "d": path_data(rings),
                }
            )
    # Neighbours first, so the republics' outlines are drawn on top of shared borders.
    countries.sort(key=lambda c: (c["central_asian"], c["name"]))
    return {
        "source": "Natural Earth via the world-atlas npm package (public domain); "
        "built by scripts/build_region_map.py",
        "view_box": f"0 0 {WIDTH} {height}",
        "land": path_data(fit(land)[0]),
        "water_labels": [
            {
                "name": name,
                "at": [
                    round((c - o) * scale) for c, o in zip(project(lon, lat), (x0, y0), strict=True)
                ],
            }
            for name, lon, lat in WATER_LABELS
        ],
        "countries": countries,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-50m.json or countries-110m.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    result = build(json.loads(args.topojson.read_text()))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    size = args.output.stat().st_size
    print(f"{len(result['countries'])} countries, view box {result['view_box']}, {size:,} bytes")


if __name__ == "__main__":
    main()
