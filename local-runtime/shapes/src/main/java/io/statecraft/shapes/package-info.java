/**
 * The result shapes of AWS service integrations, and a check of a (mocked) Task result against
 * them with TestState's field validation modes: {@link io.statecraft.shapes.ServiceShapes}.
 */
package io.statecraft.shapes;
