// Benchmark baseline: the chart drawn client-side from the whole `d3` package, fetching the
// CSV at run time — the usual hand-made embed (one bundle = d3 + chart code). Not part of the
// site. The namespace is passed around as a value, as hand-made code does, so the bundler
// keeps all of d3 (the same as a <script src="d3.v7.min.js">).
import * as d3Package from 'd3';

draw(d3Package);

/** @param {typeof d3Package} d3 */
function draw(d3) {
const PANELS = [
  { key: 'fake_pills_seized', label: 'Fake pills seized', format: d3.format('.3~s') },
  { key: 'fentanyl_powder_seized', label: 'Fentanyl powder seized (pounds)', format: d3.format(',') },
];
const width = 400;
const height = 300;
const margin = { top: 36, right: 8, bottom: 28, left: 8 };

d3.csv('dea-seizures.csv', d3.autoType).then((rows) => {
  const tooltip = d3.select('body').append('div').attr('class', 'tooltip').style('opacity', 0);
  for (const panel of PANELS) {
    const data = rows.filter((r) => r.metric === panel.key);
    const x = d3.scaleBand().domain([2021, 2022, 2023, 2024]).range([margin.left, width - margin.right]).padding(0.2);
    const y = d3.scaleLinear().domain([0, d3.max(data, (d) => d.value)]).nice().range([height - margin.bottom, margin.top]);
    const svg = d3.select('#chart').append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img').attr('aria-label', panel.label);
    svg.append('text').attr('x', margin.left).attr('y', 16).text(panel.label);
    svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickSizeOuter(0));
    svg.selectAll('rect').data(data).join('rect')
      .attr('class', 'bar')
      .attr('x', (d) => x(d.year)).attr('width', x.bandwidth())
      .attr('y', (d) => y(d.value)).attr('height', (d) => y(0) - y(d.value))
      .on('mouseover', (event, d) => {
        tooltip.style('opacity', 1).text(`${d.year}: ${d.qualifier} ${panel.format(d.value)} ${d.unit}`)
          .style('left', `${event.pageX + 8}px`).style('top', `${event.pageY - 28}px`);
      })
      .on('mouseout', () => tooltip.style('opacity', 0));
    svg.selectAll('.label').data(data).join('text')
      .attr('class', 'label')
      .attr('x', (d) => x(d.year) + x.bandwidth() / 2).attr('y', (d) => y(d.value) - 4)
      .text((d) => `${d.qualifier} ${panel.format(d.value)}`);
  }
});
}
