/**
 * The console's charts, drawn on the server as SVG with an accessible title and description ({@link
 * dev.orderledger.console.chart.SvgChart}); the pages show the same figures in a table beside each.
 */
package dev.orderledger.console.chart;
