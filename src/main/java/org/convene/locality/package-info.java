/**
 * Weekly locality meetings: a series for each locality in a fixed weekly slot, with its chair and standing members,
 * invited once by a recurring calendar entry; a single date moved or cancelled as a change of that series, sent as an
 * exception to it; and each date's referral cut-off and agenda freeze.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locality meetings")
package org.convene.locality;
