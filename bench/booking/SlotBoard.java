import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The slots under load, with what the clients learned about each: the places the server reported
 * before the run, the persons booked by 201 responses, the persons in requests that got no response,
 * and whether clients still try it.
 *
 * <p>A slot is closed to further requests when a single applicant gets {@code slot_full} or any
 * request gets {@code slot_unavailable}. A group that gets {@code slot_full} leaves it open, because
 * a smaller group may still fit.
 */
final class SlotBoard {

  private final List<BookingApi.SlotRemaining> slots;
  private final AtomicIntegerArray open;
  private final AtomicIntegerArray bookedPersons;
  private final AtomicIntegerArray unconfirmedPersons;

  SlotBoard(List<BookingApi.SlotRemaining> slotsBeforeRun) {
    this.slots = List.copyOf(slotsBeforeRun);
    this.open = new AtomicIntegerArray(slots.size());
    this.bookedPersons = new AtomicIntegerArray(slots.size());
    this.unconfirmedPersons = new AtomicIntegerArray(slots.size());
    for (int i = 0; i < slots.size(); i++) {
      open.set(i, slots.get(i).remaining() > 0 ? 1 : 0);
    }
  }

  int size() {
    return slots.size();
  }

  String start(int slot) {
    return slots.get(slot).start();
  }

  int remainingBeforeRun(int slot) {
    return slots.get(slot).remaining();
  }

  int bookedPersons(int slot) {
    return bookedPersons.get(slot);
  }

  int unconfirmedPersons(int slot) {
    return unconfirmedPersons.get(slot);
  }

  /**
   * Returns a random open slot, or -1 when all are closed. From a random index it scans forward to
   * the first open slot, so a few closed slots do not cost extra requests.
   */
  int pickOpen() {
    int count = slots.size();
    if (count == 0) {
      return -1;
    }
    int first = ThreadLocalRandom.current().nextInt(count);
    for (int step = 0; step < count; step++) {
      int slot = (first + step) % count;
      if (open.get(slot) == 1) {
        return slot;
      }
    }
    return -1;
  }

  void close(int slot) {
    open.set(slot, 0);
  }

  void recordBooked(int slot, int persons) {
    bookedPersons.addAndGet(slot, persons);
  }

  /** Records persons in a request whose outcome is unknown: the server may or may not have booked it. */
  void recordUnconfirmed(int slot, int persons) {
    unconfirmedPersons.addAndGet(slot, persons);
  }
}
