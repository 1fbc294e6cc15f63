import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks after a run that no slot has more persons booked than its capacity, from two sides: the places
 * the server reports taken ({@code capacity - remaining} from {@code /slots}) and the persons that
 * 201 responses confirmed.
 *
 * <p>It also checks that the two agree: every place a 201 confirmed is still taken, and no more
 * places are taken than 201 responses plus requests without a response account for.
 */
final class CapacityAudit {

  /**
   * The audit's findings, all in places (persons) except the slot counts.
   *
   * @param overbookedPlaces places beyond capacity, summed over slots, which must be 0
   * @param placesNotHeld places confirmed by a 201 that the server no longer reports taken
   * @param placesWithoutBooking places taken beyond those confirmed by 201 responses or possibly
   *     taken by requests without a response
   * @param slotsMissing slots that {@code /slots} listed before the run but not after it
   */
  record Findings(
      int slotsChecked,
      int slotsOverbooked,
      long overbookedPlaces,
      long placesNotHeld,
      long placesWithoutBooking,
      int slotsMissing) {

    boolean passed() {
      return overbookedPlaces == 0 && placesNotHeld == 0 && placesWithoutBooking == 0 && slotsMissing == 0;
    }
  }

  private CapacityAudit() {}

  static Findings run(BookingApi api, String officeId, String typeId, List<String> dates,
      SlotBoard board, int capacity) throws IOException {
    Map<Instant, Integer> remainingAfter = new HashMap<>();
    for (String date : dates) {
      for (BookingApi.SlotRemaining slot : api.slots(officeId, typeId, date)) {
        remainingAfter.put(instantOf(slot.start()), slot.remaining());
      }
    }

    int slotsOverbooked = 0;
    int slotsMissing = 0;
    long overbooked = 0;
    long notHeld = 0;
    long withoutBooking = 0;
    for (int slot = 0; slot < board.size(); slot++) {
      Integer remaining = remainingAfter.get(instantOf(board.start(slot)));
      if (remaining == null) {
        slotsMissing++;
        continue;
      }
      int takenBefore = capacity - board.remainingBeforeRun(slot);
      int takenAfter = capacity - remaining;
      int confirmed = board.bookedPersons(slot);

      int excess = Math.max(takenAfter, takenBefore + confirmed) - capacity;
      if (excess > 0) {
        slotsOverbooked++;
        overbooked += excess;
      }
      int unexplained = takenAfter - takenBefore - confirmed;
      if (unexplained < 0) {
        notHeld += -unexplained;
      } else if (unexplained > board.unconfirmedPersons(slot)) {
        withoutBooking += unexplained - board.unconfirmedPersons(slot);
      }
    }
    return new Findings(board.size(), slotsOverbooked, overbooked, notHeld, withoutBooking, slotsMissing);
  }

  private static Instant instantOf(String start) {
    return OffsetDateTime.parse(start).toInstant();
  }
}
