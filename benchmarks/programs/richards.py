# richards: a Richards-style operating-system simulation — a scheduler
# running an idle task, a worker, two packet handlers and two devices that
# trade packets through work queues. Written in the benchmark's well-known
# shape (task control blocks, packets, a priority-ordered task list, hold and
# wait states); exercises classes, inheritance, method dispatch and attribute
# access. Prints the queue and hold counts, which the workload fixes.
# bench-short: ITERATIONS=2

ITERATIONS = 20
COUNT = 1000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = scheduler.task_list
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False
        scheduler.task_list = self
        scheduler.table[ident] = self

    def is_held_or_suspended(self):
        return self.held or (not self.packet_pending and self.waiting)

    def check_priority_add(self, current, packet):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            count = work.datum
            if count < DATA_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(device)
            else:
                self.work_queue = work.link
                return s.queue_packet(work)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.wait_current()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = packet
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        task = self.task_list
        while task is not None:
            self.current = task
            if task.is_held_or_suspended():
                task = task.link
            else:
                packet = None
                if task.packet_pending and not task.held:
                    packet = task.take_packet()
                task = task.run(packet)

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        task.waiting = False
        return task.check_priority_add(self.current, packet)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, count)
    queue = Packet(None, WORKER, KIND_WORK)
    queue = Packet(queue, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, queue)
    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.schedule()
    return s.queue_count, s.hold_count


total_queue = 0
total_hold = 0
for _ in range(ITERATIONS):
    q, h = run_once(COUNT * 10)
    total_queue += q
    total_hold += h
print(q, h)
print(total_queue, total_hold)
