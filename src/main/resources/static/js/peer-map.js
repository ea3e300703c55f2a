// Draws a subject's peer map with Cytoscape.js (served from the application's own jar) from the map the page holds as
// JSON; the graph's box stays hidden until it is drawn. The list under it holds the same map for anyone without
// JavaScript or a screen to see it on.
(function () {
  var container = document.getElementById('peer-map');
  var data = document.getElementById('peer-map-data');
  if (!container || !data || typeof cytoscape !== 'function') {
    return;
  }
  Promise.resolve(JSON.parse(data.textContent))
    .then(function (map) {
      container.removeAttribute('hidden');
      var elements = map.nodes.map(function (node) {
        var counts = [];
        if (node.incidents > 0) { counts.push(node.incidents + ' incident' + (node.incidents > 1 ? 's' : '')); }
        if (node.missingEpisodes > 0) { counts.push(node.missingEpisodes + ' missing'); }
        return { data: { id: String(node.id), label: node.name + (counts.length ? '\n' + counts.join(', ') : ''), kind: node.kind,
          centre: node.depth === 0 ? 'yes' : 'no' } };
      }).concat(map.edges.map(function (edge) {
        return { data: { id: edge.from + '-' + edge.to, source: String(edge.from), target: String(edge.to) } };
      }));
      var graph = cytoscape({
        container: container,
        elements: elements,
        layout: { name: 'cose', animate: false },
        maxZoom: 1.5,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 12, 'text-valign': 'bottom',
            'text-margin-y': 4, 'background-color': '#1d70b8', width: 24, height: 24 } },
          { selector: 'node[kind = "PEER_GROUP"]', style: { shape: 'round-rectangle', 'background-color': '#f47738' } },
          { selector: 'node[kind = "LOCATION"]', style: { shape: 'diamond', 'background-color': '#00703c' } },
          { selector: 'node[centre = "yes"]', style: { 'border-width': 4, 'border-color': '#0b0c0c' } },
          { selector: 'edge', style: { width: 2, 'line-color': '#b1b4b6' } }
        ]
      });
      graph.on('tap', 'node', function (event) {
        window.location.href = '/subjects/' + event.target.id() + '/map';
      });
      container.setAttribute('data-drawn', String(map.nodes.length));
    })
    .catch(function () {
      container.setAttribute('hidden', 'hidden');
    });
}());
