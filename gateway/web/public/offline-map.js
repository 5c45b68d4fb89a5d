// The offline map on the Mesh tab: only when the operator gave the gateway a tile extract (--map-tiles). The map
// library (maplibre-gl's CSP build, served by the gateway) is loaded the first time the tab opens, and draws the
// extract with a plain style of ours; every radio with a position gets a marker.

import { $, el } from './dom.js';
import { t } from './i18n.js';

let mapPromise;
/** The map view, once started; undefined when the gateway has no map. `read` fetches from the gateway's API. */
export function offlineMap(read) {
  mapPromise ??= read('/map').then((info) => (info.available ? startMap(info) : undefined));
  return mapPromise.catch(() => undefined);
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    document.head.append(el('link', { rel: 'stylesheet', href: '/vendor/maplibre-gl.css' }));
    document.head.append(el('script', { src, onload: resolve, onerror: reject }));
  });
}

function mapStyle(info) {
  const tiles = [`${location.origin}${info.tiles}`];
  const source = {
    type: info.kind,
    tiles,
    minzoom: info.minzoom,
    maxzoom: info.maxzoom,
    bounds: info.bounds,
    ...(info.kind === 'raster' ? { tileSize: 256 } : {}),
  };
  if (info.kind === 'raster') return { version: 8, sources: { area: source }, layers: [{ id: 'area', type: 'raster', source: 'area' }] };
  // Vector extracts name their layers after their schema (Protomaps or OpenMapTiles): both are drawn, no labels
  // (labels would need font files the gateway does not have).
  const fill = (id, layer, colour) => ({ id, type: 'fill', source: 'area', 'source-layer': layer, paint: { 'fill-color': colour } });
  const line = (id, layer, colour, width) => ({
    id,
    type: 'line',
    source: 'area',
    'source-layer': layer,
    paint: { 'line-color': colour, 'line-width': width },
  });
  return {
    version: 8,
    sources: { area: source },
    layers: [
      { id: 'paper', type: 'background', paint: { 'background-color': '#f2efe9' } },
      fill('landuse', 'landuse', '#e3ead9'),
      fill('landcover', 'landcover', '#e3ead9'),
      fill('park', 'park', '#d5e6c7'),
      fill('water', 'water', '#a9c9e6'),
      fill('buildings', 'buildings', '#d9d0c7'),
      fill('building', 'building', '#d9d0c7'),
      line('roads', 'roads', '#ffffff', 2),
      line('transportation', 'transportation', '#ffffff', 2),
    ],
  };
}

async function startMap(info) {
  await loadScript('/vendor/maplibre-gl.js');
  const maplibre = window.maplibregl;
  maplibre.setWorkerUrl('/vendor/maplibre-gl-worker.js');
  const box = $('#map');
  box.hidden = false;
  box.setAttribute('aria-label', t('mesh.map'));
  const map = new maplibre.Map({
    container: box,
    style: mapStyle(info),
    center: info.center.slice(0, 2),
    zoom: info.center[2],
    maxBounds: undefined,
    attributionControl: false,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }));
  await new Promise((resolve) => map.once('load', resolve));
  return { maplibre, map, markers: [], framed: false };
}

export function placeOnMap(view, nodes) {
  for (const marker of view.markers) marker.remove();
  const placed = nodes.filter((n) => n.latitude !== null && n.longitude !== null);
  view.markers = placed.map((n) => {
    const pin = el(
      'div',
      { class: `map-node ${n.isSelf ? 'self' : n.isGateway ? 'gateway' : ''}`, title: n.longName || n.id },
      el('span', {}, n.shortName || n.id.slice(-4)),
    );
    return new view.maplibre.Marker({ element: pin, anchor: 'top', offset: [0, -9] }).setLngLat([n.longitude, n.latitude]).addTo(view.map);
  });
  // Frame the radios once; after that the neighbour's own panning and zooming is left alone.
  if (!view.framed && placed.length > 0) {
    const lons = placed.map((n) => n.longitude);
    const lats = placed.map((n) => n.latitude);
    view.map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 40, maxZoom: 17, duration: 0 },
    );
    view.framed = true;
  }
  const missing = nodes.length - placed.length;
  $('#map-note').hidden = missing === 0;
  $('#map-note').textContent = t('mesh.noPosition', { count: missing });
}
