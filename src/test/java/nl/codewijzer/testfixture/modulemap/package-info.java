/**
 * A small application shaped like ours, only for {@code ModuleStructureTest}: {@code staff} calls
 * {@code codetext}, an arrow its {@code allowedDependencies} leaves out, so verifying these modules
 * must report it. Plain classes, no Spring beans; the real application's module scan leaves test
 * classes out, so these modules never join the real map.
 */
package nl.codewijzer.testfixture.modulemap;
