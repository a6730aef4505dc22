// "Use my location": fills the search form's lat/lng from the browser (only when the person asks)
// and sorts by distance. Without JavaScript the neighbourhood list does the same job.
(function () {
  var button = document.getElementById("near-me");
  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (pos) {
      var form = document.getElementById("search");
      document.getElementById("lat").value = pos.coords.latitude.toFixed(5);
      document.getElementById("lng").value = pos.coords.longitude.toFixed(5);
      form.querySelector("select[name=near]").value = "";
      form.querySelector("select[name=sort]").value = "nearest";
      var radius = form.querySelector("select[name=radius_km]");
      if (!radius.value) radius.value = "5";
      button.disabled = false;
      form.dispatchEvent(new Event("change", { bubbles: true }));
    }, function () {
      button.disabled = false;
      button.textContent = button.dataset.unavailable || button.textContent;
    }, { maximumAge: 600000, timeout: 10000 });
  });
})();

// Wide screens show the filters beside the results from the start; a phone keeps them behind the
// "Filters (n)" button so the first results are on screen. Without JavaScript the button works too.
(function () {
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia("(min-width: 56rem)").matches) filters.open = true;
})();
