// richards: hand-written JavaScript equivalent of richards.py — the same
// scheduler, tasks and packets as classes, the same counts.
// bench-short: ITERATIONS=2

const ITERATIONS = 20;
const COUNT = 1000;

const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const KIND_DEVICE = 0;
const KIND_WORK = 1;
const DATA_SIZE = 4;

class Packet {
  constructor(link, ident, kind) {
    this.link = link;
    this.ident = ident;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(DATA_SIZE).fill(0);
  }

  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}

class Task {
  constructor(scheduler, ident, priority, queue) {
    this.scheduler = scheduler;
    this.ident = ident;
    this.priority = priority;
    this.queue = queue;
    this.link = scheduler.taskList;
    this.packetPending = queue !== null;
    this.waiting = false;
    this.held = false;
    scheduler.taskList = this;
    scheduler.table[ident] = this;
  }

  isHeldOrSuspended() {
    return this.held || (!this.packetPending && this.waiting);
  }

  checkPriorityAdd(current, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.packetPending = true;
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.appendTo(this.queue);
    }
    return current;
  }

  takePacket() {
    const packet = this.queue;
    this.queue = packet.link;
    this.packetPending = this.queue !== null;
    return packet;
  }
}

class IdleTask extends Task {
  constructor(scheduler, ident, priority, queue, count) {
    super(scheduler, ident, priority, queue);
    this.control = 1;
    this.count = count;
  }

  run(packet) {
    const s = this.scheduler;
    this.count--;
    if (this.count === 0) return s.holdCurrent();
    if ((this.control & 1) === 0) {
      this.control >>= 1;
      return s.release(DEVICE_A);
    }
    this.control = (this.control >> 1) ^ 0xd008;
    return s.release(DEVICE_B);
  }
}

class WorkerTask extends Task {
  constructor(scheduler, ident, priority, queue) {
    super(scheduler, ident, priority, queue);
    this.destination = HANDLER_A;
    this.letter = 0;
  }

  run(packet) {
    const s = this.scheduler;
    if (packet === null) return s.waitCurrent();
    this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.ident = this.destination;
    packet.datum = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.letter++;
      if (this.letter > 26) this.letter = 1;
      packet.data[i] = this.letter;
    }
    return s.queuePacket(packet);
  }
}

class HandlerTask extends Task {
  constructor(scheduler, ident, priority, queue) {
    super(scheduler, ident, priority, queue);
    this.workQueue = null;
    this.deviceQueue = null;
  }

  run(packet) {
    const s = this.scheduler;
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.workQueue = packet.appendTo(this.workQueue);
      else this.deviceQueue = packet.appendTo(this.deviceQueue);
    }
    const work = this.workQueue;
    if (work !== null) {
      const count = work.datum;
      if (count < DATA_SIZE) {
        const device = this.deviceQueue;
        if (device !== null) {
          this.deviceQueue = device.link;
          device.datum = work.data[count];
          work.datum = count + 1;
          return s.queuePacket(device);
        }
      } else {
        this.workQueue = work.link;
        return s.queuePacket(work);
      }
    }
    return s.waitCurrent();
  }
}

class DeviceTask extends Task {
  constructor(scheduler, ident, priority, queue) {
    super(scheduler, ident, priority, queue);
    this.pending = null;
  }

  run(packet) {
    const s = this.scheduler;
    if (packet === null) {
      const pending = this.pending;
      if (pending === null) return s.waitCurrent();
      this.pending = null;
      return s.queuePacket(pending);
    }
    this.pending = packet;
    return s.holdCurrent();
  }
}

class Scheduler {
  constructor() {
    this.taskList = null;
    this.table = new Array(6).fill(null);
    this.current = null;
    this.queueCount = 0;
    this.holdCount = 0;
  }

  schedule() {
    let task = this.taskList;
    while (task !== null) {
      this.current = task;
      if (task.isHeldOrSuspended()) {
        task = task.link;
      } else {
        let packet = null;
        if (task.packetPending && !task.held) packet = task.takePacket();
        task = task.run(packet);
      }
    }
  }

  release(ident) {
    const task = this.table[ident];
    task.held = false;
    if (task.priority > this.current.priority) return task;
    return this.current;
  }

  holdCurrent() {
    this.holdCount++;
    this.current.held = true;
    return this.current.link;
  }

  waitCurrent() {
    this.current.waiting = true;
    return this.current;
  }

  queuePacket(packet) {
    const task = this.table[packet.ident];
    this.queueCount++;
    packet.link = null;
    packet.ident = this.current.ident;
    task.waiting = false;
    return task.checkPriorityAdd(this.current, packet);
  }
}

function runOnce(count) {
  const s = new Scheduler();
  new IdleTask(s, IDLE, 0, null, count);
  let queue = new Packet(null, WORKER, KIND_WORK);
  queue = new Packet(queue, WORKER, KIND_WORK);
  new WorkerTask(s, WORKER, 1000, queue);
  queue = new Packet(null, DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, DEVICE_A, KIND_DEVICE);
  new HandlerTask(s, HANDLER_A, 2000, queue);
  queue = new Packet(null, DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, DEVICE_B, KIND_DEVICE);
  new HandlerTask(s, HANDLER_B, 3000, queue);
  new DeviceTask(s, DEVICE_A, 4000, null);
  new DeviceTask(s, DEVICE_B, 5000, null);
  s.schedule();
  return [s.queueCount, s.holdCount];
}

let totalQueue = 0;
let totalHold = 0;
let q = 0;
let h = 0;
for (let i = 0; i < ITERATIONS; i++) {
  [q, h] = runOnce(COUNT * 10);
  totalQueue += q;
  totalHold += h;
}
console.log(`${q} ${h}`);
console.log(`${totalQueue} ${totalHold}`);
