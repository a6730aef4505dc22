// The search page's map: a pin for each place of the result cards on the page, drawn again after
// every htmx swap of the results. A pin (click, or Enter when it has focus) opens its activity, or
// the list of the activities at that place. Without a tile server the neighbourhoods are drawn on a plain background: their
// outlines when the city has them, their names at their centres. Without JavaScript the panel
// stays hidden and the list is the whole page.
(function () {
  var panel = document.getElementById("map-panel");
  var el = document.getElementById("map");
  if (!panel || !el || !window.L) return;
  panel.hidden = false;
  var map = null;
  var pins = null;

  function number(v) {
    var n = parseFloat(v);
    return isFinite(n) ? n : null;
  }

  // Text only: names come from the city's data, never as HTML.
  function label(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function centre() {
    return [number(el.dataset.lat) || 0, number(el.dataset.lng) || 0];
  }

  function drawAreas() {
    var areas = L.layerGroup().addTo(map);
    panel.querySelectorAll(".map-areas li").forEach(function (li) {
      var lat = number(li.dataset.lat), lng = number(li.dataset.lng);
      if (li.dataset.outline) {
        try {
          L.geoJSON(JSON.parse(li.dataset.outline), {
            interactive: false,
            style: { className: "map-area", weight: 1, fillOpacity: 0.08 }
          }).addTo(areas);
        } catch (e) { /* an outline that is not GeoJSON: the name still shows */ }
      }
      if (lat !== null && lng !== null) {
        L.tooltip({ permanent: true, direction: "center", className: "map-area-name", interactive: false })
          .setLatLng([lat, lng]).setContent(label(li.textContent)).addTo(areas);
      }
    });
    return areas;
  }

  // The cards on the page with a place, grouped by place: activities at one address share a pin.
  function places() {
    var byPlace = new Map();
    document.querySelectorAll("#results .card[data-lat][data-lng]").forEach(function (card) {
      var lat = number(card.dataset.lat), lng = number(card.dataset.lng);
      var link = card.querySelector("h3 a");
      if (lat === null || lng === null || !link) return;
      var key = lat.toFixed(5) + "," + lng.toFixed(5);
      if (!byPlace.has(key)) byPlace.set(key, { at: [lat, lng], links: [] });
      byPlace.get(key).links.push(link);
    });
    return Array.from(byPlace.values());
  }

  // A place's list of activities, for a pin several share (links built as text, never as HTML).
  function list(links) {
    var ul = document.createElement("ul");
    ul.className = "map-pin-list";
    links.forEach(function (link) {
      var a = document.createElement("a");
      a.href = link.getAttribute("href");
      a.textContent = link.textContent.trim();
      ul.appendChild(document.createElement("li")).appendChild(a);
    });
    return ul;
  }

  // One activity: the pin opens it. Several: the pin opens their list.
  function pin(place) {
    var titles = place.links.map(function (l) { return l.textContent.trim(); });
    var name = titles.join(" · ");
    var marker = L.marker(place.at, { title: name, alt: name, keyboard: true, riseOnHover: true });
    if (place.links.length > 1) {
      marker.bindPopup(list(place.links));
      return marker;
    }
    var go = function () { window.location.assign(place.links[0].href); };
    marker.on("click", go);
    // A pin is a button (Leaflet gives it role=button and a tab stop): Enter and Space press it.
    marker.on("keydown", function (e) {
      var key = e.originalEvent.key;
      if (key === "Enter" || key === " ") { e.originalEvent.preventDefault(); go(); }
    });
    return marker;
  }

  function drawPins() {
    if (!map) return;
    pins.clearLayers();
    var found = places();
    var pinned = 0;
    found.forEach(function (place) {
      var marker = pin(place).addTo(pins);
      var icon = marker.getElement();
      icon.dataset.activities = String(place.links.length);
      if (place.links.length === 1) icon.dataset.href = place.links[0].getAttribute("href");
      pinned += place.links.length;
    });
    el.dataset.pins = String(pinned);
    if (found.length) {
      var points = found.map(function (p) { return p.at; });
      map.fitBounds(points, { paddingTopLeft: [24, 48], paddingBottomRight: [24, 16], maxZoom: 14 });
    } else {
      map.setView(centre(), 11);
    }
  }

  function start() {
    if (map) { map.invalidateSize(); return; }
    L.Icon.Default.imagePath = "/static/vendor/leaflet/images/";
    map = L.map(el, { zoomControl: false, attributionControl: true, scrollWheelZoom: false, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: "" }).addTo(map);
      if (el.dataset.attribution) map.attributionControl.addAttribution(label(el.dataset.attribution).outerHTML);
    }
    // Leaflet makes the container focusable for keyboard panning: name it.
    el.setAttribute("aria-label", el.dataset.label || "");
    el.setAttribute("role", "region");
    // A view first: layers added to a map without one wait, and have no element yet.
    map.setView(centre(), 11);
    drawAreas();
    pins = L.layerGroup().addTo(map);
    drawPins();
  }

  // Wide screens show the map beside the list from the start; a phone opens it on demand.
  if (window.matchMedia("(min-width: 56rem)").matches) panel.open = true;
  if (panel.open) start();
  panel.addEventListener("toggle", function () { if (panel.open) start(); });
  document.body.addEventListener("htmx:afterSettle", function (e) {
    if (e.target && e.target.id === "results") drawPins();
  });
})();
