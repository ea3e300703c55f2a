package org.convene.action;

public record AgencyCount(String agency, long overdue) {
}
